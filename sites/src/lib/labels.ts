/**
 * Human labels for the CMS's enumeration values: the record-kind registry's
 * (@qn/content), under the names the pages use. A value the registry does
 * not know yet (the CMS gained one) is shown readable rather than breaking
 * the build.
 */
import { ENUMS, labelOf, type Labels, type Validity } from '@qn/content';
import type { Language } from '@qn/portal-model';

export { labelOf };
export const DOCUMENT_FORMS: Labels = ENUMS.documentForm;
export const LEGAL_FIELDS: Labels = ENUMS.legalField;
export const PLAN_KINDS: Labels = ENUMS.planKind;
export const DISCLOSURE_TYPES: Labels = ENUMS.disclosureType;
export const NOTICE_LEVELS: Labels = ENUMS.noticeLevel;
export const VALIDITIES: Labels = ENUMS.validity;

/** Validity is a closed set in the schema, so it always has a label. */
export function validityLabel(validity: Validity, language: Language): string {
  return labelOf(VALIDITIES, validity, language);
}
