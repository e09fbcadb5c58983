export { editorSpecSchema, parseEditorsCsv, ROLES, type EditorSpec, type RoleName, type SpecProblem } from './spec.ts';
export { checkEditors, EditorError, provisionEditor, type EditorsTarget, type Outcome } from './provision.ts';
