import { Box, Button, Dialog, Flex, Modal, Typography } from '@strapi/design-system';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { messageOf } from './error-message';

interface Version {
  version: number;
  at: string;
  actorEmail: string | null;
  title: string | null;
}
type DiffKind = 'same' | 'removed' | 'added';
/** As GET /qn-admin/history/…/diff answers (packages/content/src/diff.ts). */
interface DiffLine {
  type: DiffKind;
  text: string;
  words?: Array<{ type: DiffKind; text: string }>;
}

const when = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' });
const MARK = { added: '+', removed: '−', same: ' ' } as const;
const COLOUR = { added: 'success100', removed: 'danger100', same: undefined } as const;
/** The changed words of a replaced line, marked as a word processor's tracked changes are. */
const WORD = { added: { tag: 'ins', background: 'success200' }, removed: { tag: 'del', background: 'danger200' } } as const;

function LineText({ line }: { line: DiffLine }) {
  if (!line.words) return <>{line.text}</>;
  return (
    <>
      {line.words.map((word, i) =>
        word.type === 'same' ? (
          <span key={i}>{word.text}</span>
        ) : (
          <Box key={i} tag={WORD[word.type].tag} background={WORD[word.type].background} style={{ textDecoration: word.type === 'removed' ? 'line-through' : 'none' }}>
            {word.text}
          </Box>
        ),
      )}
    </>
  );
}

/** The text of two published versions side by side, as lines added and removed. */
function Comparison({ path, from, to, onClose }: { path: string; from: number; to: number; onClose(): void }) {
  const { get } = useFetchClient();
  const [lines, setLines] = useState<DiffLine[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    get<{ lines: DiffLine[] }>(`${path}/diff?from=${from}&to=${to}`).then(
      (r) => setLines(r.data.lines),
      (e: unknown) => setError(messageOf(e)),
    );
  }, [get, path, from, to]);
  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>
            So sánh bản {from} với bản {to}
          </Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {error && <Typography textColor="danger600">{error}</Typography>}
          {!lines && !error && <Typography>Đang tải…</Typography>}
          {lines && (
            <Box tag="pre" aria-label={`Khác biệt giữa bản ${from} và bản ${to}`} style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', fontSize: '1.4rem', lineHeight: 1.6 }}>
              {lines.map((line, i) => (
                <Box key={i} background={COLOUR[line.type]} data-diff={line.type}>
                  {MARK[line.type]} <LineText line={line} />
                </Box>
              ))}
            </Box>
          )}
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">Đóng</Button>
          </Modal.Close>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
}

function VersionList({ path, versions }: { path: string; versions: Version[] }) {
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [comparing, setComparing] = useState<number | null>(null);
  const newestFirst = versions.toReversed();
  const restore = async (version: number) => {
    try {
      await post(`${path}/restore`, { version });
      toggleNotification({ type: 'success', message: `Đã khôi phục và xuất bản lại bản ${version}.` });
      window.location.reload();
    } catch (error) {
      toggleNotification({ type: 'danger', message: messageOf(error) });
    }
  };
  return (
    <Flex direction="column" alignItems="stretch" gap={3} tag="ol" aria-label="Các bản đã xuất bản">
      {newestFirst.map((v, i) => (
        <Box tag="li" key={v.version} paddingBottom={2} style={{ listStyle: 'none' }}>
          <Typography variant="omega" fontWeight="bold">
            Bản {v.version}
            {i === 0 ? ' (mới nhất)' : ''}
          </Typography>
          <Typography variant="pi" tag="p" textColor="neutral600" style={{ overflowWrap: 'anywhere' }}>
            {when.format(new Date(v.at))}
            {v.actorEmail ? ` · ${v.actorEmail}` : ''}
          </Typography>
          <Flex gap={2} paddingTop={1} wrap="wrap">
            {i < newestFirst.length - 1 && (
              <Button size="S" variant="tertiary" onClick={() => setComparing(v.version)}>
                So sánh với bản {newestFirst[i + 1]!.version}
              </Button>
            )}
            {i > 0 && (
              <Dialog.Root>
                <Dialog.Trigger>
                  <Button size="S" variant="secondary">
                    Khôi phục bản {v.version}
                  </Button>
                </Dialog.Trigger>
                <Dialog.Content>
                  <Dialog.Header>Khôi phục bản {v.version}?</Dialog.Header>
                  <Dialog.Body>Nội dung của bản {v.version} sẽ được ghi đè lên bản nháp và xuất bản lại ngay. Bản hiện tại vẫn được giữ trong lịch sử.</Dialog.Body>
                  <Dialog.Footer>
                    <Dialog.Cancel>
                      <Button variant="tertiary">Hủy</Button>
                    </Dialog.Cancel>
                    <Dialog.Action>
                      <Button variant="danger-light" onClick={() => restore(v.version)}>
                        Khôi phục và xuất bản
                      </Button>
                    </Dialog.Action>
                  </Dialog.Footer>
                </Dialog.Content>
              </Dialog.Root>
            )}
          </Flex>
        </Box>
      ))}
      {comparing !== null && (
        <Comparison path={path} from={newestFirst.find((v) => v.version < comparing)!.version} to={comparing} onClose={() => setComparing(null)} />
      )}
    </Flex>
  );
}

/**
 * "Lịch sử phiên bản" beside the edit form: every published version, a
 * readable comparison of each with the one before, and restoring one (the
 * server allows it to approvers of the document's portal only). Shown for
 * the content types that keep history, once the document was published.
 */
export const HistoryPanel: PanelComponent = ({ model, documentId }) => {
  const { get } = useFetchClient();
  const [versions, setVersions] = useState<Version[] | null>(null);
  const path = `/qn-admin/history/${model}/${documentId}`;
  useEffect(() => {
    setVersions(null);
    if (!documentId || !model.startsWith('api::')) return;
    let current = true;
    // A type without history answers 404 and one outside the editor's portals 403: no panel then.
    get<Version[]>(path).then(
      (r) => current && setVersions(r.data),
      () => current && setVersions(null),
    );
    return () => {
      current = false;
    };
  }, [get, path, model, documentId]);
  if (!versions || versions.length === 0) return null;
  return { title: 'Lịch sử phiên bản', content: <VersionList path={path} versions={versions} /> };
};
