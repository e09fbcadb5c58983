import { Box, Main, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { messageOf } from './error-message';

/** As GET /qn-admin/review-queue answers (cms/src/review-queue.ts). */
interface WaitingItem {
  model: string;
  kind: string;
  documentId: string;
  title: string;
  portal: string;
  portalName: string;
  sentAt: string;
}

const when = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' });

/**
 * "Chờ duyệt": every draft sent for review in the user's portals, the longest
 * waiting first, each linking to its edit view where the approver publishes
 * or sends it back. Refreshes every thirty seconds.
 */
export default function ReviewQueue() {
  const { get } = useFetchClient();
  const [queue, setQueue] = useState<{ items: WaitingItem[]; more: string[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const load = () =>
      get<{ items: WaitingItem[]; more: string[] }>('/qn-admin/review-queue').then(
        (r) => {
          setQueue(r.data);
          setError(null);
        },
        (e: unknown) => setError(messageOf(e)),
      );
    void load();
    const timer = setInterval(() => void load(), 30_000);
    return () => clearInterval(timer);
  }, [get]);

  return (
    <Main>
      <Box padding={8}>
        <Typography variant="alpha" tag="h1">
          Chờ duyệt
        </Typography>
        <Box paddingTop={2} paddingBottom={4}>
          <Typography textColor="neutral600">Bản nháp đã gửi duyệt trong các cổng bạn phụ trách, gửi lâu nhất ở trên cùng.</Typography>
        </Box>
        {error && <Typography textColor="danger600">{error}</Typography>}
        {!queue && !error && <Typography>Đang tải…</Typography>}
        {queue && queue.items.length === 0 && <Typography data-qn-review-empty>Không có bản nào đang chờ duyệt.</Typography>}
        {queue && queue.items.length > 0 && (
          <Table colCount={4} rowCount={queue.items.length + 1}>
            <Thead>
              <Tr>
                <Th>
                  <Typography variant="sigma">Tiêu đề</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">Loại</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">Cổng thông tin</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">Gửi lúc</Typography>
                </Th>
              </Tr>
            </Thead>
            <Tbody>
              {queue.items.map((item) => (
                <Tr key={`${item.model}/${item.documentId}`} data-qn-waiting={item.documentId}>
                  <Td>
                    <Link to={`/content-manager/collection-types/${item.model}/${item.documentId}`}>{item.title}</Link>
                  </Td>
                  <Td>
                    <Typography>{item.kind}</Typography>
                  </Td>
                  <Td>
                    <Typography>{item.portalName}</Typography>
                  </Td>
                  <Td>
                    <Typography>{when.format(new Date(item.sentAt))}</Typography>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
        {queue && queue.more.length > 0 && (
          <Box paddingTop={4}>
            <Typography textColor="neutral600">Chỉ hiện 200 bản cũ nhất của: {queue.more.join(', ')}.</Typography>
          </Box>
        )}
      </Box>
    </Main>
  );
}
