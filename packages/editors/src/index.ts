export { editorSpecSchema, parseEditorsCsv, ROLES, type EditorSpec, type RoleName, type SpecProblem } from './spec.ts';
export { EditorError, provisionEditor, type EditorsTarget, type Outcome } from './provision.ts';
