import { Field, Textarea } from '@strapi/design-system';
import { useDocumentRBAC, type DocumentActionComponent } from '@strapi/content-manager/strapi-admin';
import { useFetchClient, useForm, useNotification } from '@strapi/strapi/admin';
import { useRef } from 'react';
import { messageOf } from './error-message';

type ReviewState = 'draft' | 'submitted' | 'changes_requested';

/** The review round as stored, for the content types that have one (those owned by a portal). */
function useReview(props: Parameters<DocumentActionComponent>[0]) {
  const { put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const modified = useForm('ReviewAction', (form) => form.modified);
  const state = (props.document as { reviewState?: ReviewState } | undefined)?.reviewState;
  const applies = Boolean(props.documentId && state && props.activeTab !== 'published');
  const save = async (data: Record<string, unknown>, done: string) => {
    try {
      const path = `/content-manager/${props.collectionType}/${props.model}/${props.documentId}`;
      // A partial update: the draft's other fields stay as saved.
      await put(path, data);
      toggleNotification({ type: 'success', message: done });
      window.location.reload();
    } catch (error) {
      toggleNotification({ type: 'danger', message: messageOf(error) });
    }
  };
  return { state, applies, modified, save };
}

/**
 * "Gửi duyệt": an editor hands a saved draft to the portal's approvers,
 * as a contributor does in WordPress. Unsaved changes must be saved first,
 * so what the approver reads is what the editor sent.
 */
export const SubmitForReview: DocumentActionComponent = (props) => {
  const { state, applies, modified, save } = useReview(props);
  if (!applies) return null;
  if (state === 'submitted') return { label: 'Đã gửi duyệt, đang chờ người duyệt', disabled: true, position: 'panel' };
  return {
    label: modified ? 'Lưu bản nháp trước khi gửi duyệt' : 'Gửi duyệt',
    disabled: modified,
    position: 'panel',
    variant: 'secondary',
    onClick: () => save({ reviewState: 'submitted' }, 'Đã gửi bài cho người duyệt.'),
  };
};

/**
 * Where Strapi puts "Xuất bản", a user who may not publish (an editor) sees
 * "Gửi duyệt" instead of a button that is always disabled.
 */
export function publishOrSubmit(Publish: DocumentActionComponent): DocumentActionComponent {
  const Action: DocumentActionComponent = (props) => {
    // Settled before the edit view renders (it waits for the permission check), so the branch never changes.
    const canPublish = useDocumentRBAC('PublishOrSubmit', (rbac) => rbac.canPublish);
    return canPublish ? Publish(props) : SubmitForReview(props);
  };
  Action.type = Publish.type;
  Action.position = Publish.position;
  return Action;
}

/** "Trả lại để sửa": an approver sends a submitted draft back, with a comment the editor sees on the form. */
export const SendBack: DocumentActionComponent = (props) => {
  const { state, applies, save } = useReview(props);
  const canPublish = useDocumentRBAC('SendBack', (rbac) => rbac.canPublish);
  // Read when the dialog is confirmed: the dialog may still hold the description rendered before the last keystroke.
  const comment = useRef('');
  if (!applies || state !== 'submitted' || !canPublish) return null;
  return {
    label: 'Trả lại để sửa',
    position: 'panel',
    variant: 'danger-light',
    dialog: {
      type: 'dialog',
      title: 'Trả lại bài để biên tập viên sửa',
      content: (
        <Field.Root name="reviewComment" required>
          <Field.Label>Ý kiến cho người viết</Field.Label>
          <Textarea defaultValue="" onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => (comment.current = event.target.value)} />
        </Field.Root>
      ),
      confirmLabel: 'Trả lại',
      variant: 'danger-light',
      onConfirm: () => save({ reviewState: 'changes_requested', reviewComment: comment.current.trim() }, 'Đã trả bài về cho biên tập viên.'),
    },
  };
};
