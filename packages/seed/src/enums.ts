/** Enumeration values of the CMS schemas, from the record-kind registry (@qn/content), which a test keeps equal to the schemas. */
import { enumValues, type EnumValue } from '@qn/content';

export const LEGAL_FIELDS = enumValues('legalField');
export type LegalField = EnumValue<'legalField'>;

export const DOCUMENT_FORMS = enumValues('documentForm');
export type DocumentForm = EnumValue<'documentForm'>;

export const VALIDITIES = enumValues('validity');
export type Validity = EnumValue<'validity'>;

export const PLAN_KINDS = enumValues('planKind');
export type PlanKind = EnumValue<'planKind'>;

export const DISCLOSURE_TYPES = enumValues('disclosureType');
export type DisclosureType = EnumValue<'disclosureType'>;

export const NOTICE_LEVELS = enumValues('noticeLevel');
export type NoticeLevel = EnumValue<'noticeLevel'>;
