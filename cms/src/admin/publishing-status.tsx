import { Badge, Box, Button, Flex, Main, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useCallback, useEffect, useState } from 'react';
import { messageOf } from './error-message';

interface PortalStatus {
  code: string;
  name: string;
  level: number;
  state: string;
  url: string;
  pending: boolean;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  lastBy: string | null;
}
interface Status {
  lease: { holder: string | null; until: string | null };
  outbox: { newest: number; handled: number; behind: number };
  portals: PortalStatus[];
}

const when = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' });
const at = (iso: string | null) => (iso ? when.format(new Date(iso)) : '—');

/**
 * "Trạng thái xuất bản", for province administrators: how many changes wait,
 * which process publishes, each portal's last build and failure, and a button
 * that has one portal's site built again. Refreshes every five seconds.
 */
export default function PublishingStatus() {
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const [asked, setAsked] = useState<Set<string>>(new Set());

  const load = useCallback(
    () =>
      get<Status>('/qn-admin/publishing').then(
        (r) => {
          setStatus(r.data);
          setError(null);
        },
        (e: unknown) => setError(messageOf(e)),
      ),
    [get],
  );
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), 5000);
    return () => clearInterval(timer);
  }, [load]);

  const rebuild = async (portal: PortalStatus) => {
    try {
      await post('/qn-admin/publishing/rebuild', { portal: portal.code });
      setAsked((current) => new Set([...current, portal.code]));
      toggleNotification({ type: 'success', message: `Đã yêu cầu dựng lại ${portal.name}.` });
    } catch (e) {
      toggleNotification({ type: 'danger', message: `Không yêu cầu được: ${messageOf(e)}` });
    }
  };

  const wanted = filter.trim().toLowerCase();
  const portals = (status?.portals ?? [])
    .filter((p) => !wanted || p.code.includes(wanted) || p.name.toLowerCase().includes(wanted))
    // Failed portals first, then those waiting, then the rest by code.
    .toSorted((a, b) => Number(b.lastError !== null) - Number(a.lastError !== null) || Number(b.pending) - Number(a.pending) || a.code.localeCompare(b.code));
  const failed = status?.portals.filter((p) => p.lastError !== null).length ?? 0;

  return (
    <Main>
      <Box padding={8}>
        <Typography variant="alpha" tag="h1">
          Trạng thái xuất bản
        </Typography>
        {error && (
          <Box paddingTop={4}>
            <Typography textColor="danger600">{error}</Typography>
          </Box>
        )}
        {status && (
          <Flex gap={6} paddingTop={4} paddingBottom={4} wrap="wrap">
            <Typography data-qn-queue={status.outbox.behind}>
              Hàng đợi: <strong>{status.outbox.behind}</strong> thay đổi chưa xử lý
            </Typography>
            <Typography>
              Tiến trình xuất bản: {status.lease.holder ? `${status.lease.holder} (gia hạn đến ${at(status.lease.until)})` : <strong>không có tiến trình nào đang chạy</strong>}
            </Typography>
            <Typography textColor={failed > 0 ? 'danger600' : undefined}>Cổng lỗi: {failed}</Typography>
          </Flex>
        )}
        <Box paddingBottom={4} maxWidth="32rem">
          <TextInput aria-label="Lọc theo mã hoặc tên cổng" placeholder="Lọc theo mã hoặc tên cổng" value={filter} onChange={(e: { target: { value: string } }) => setFilter(e.target.value)} />
        </Box>
        <Table colCount={5} rowCount={portals.length + 1}>
          <Thead>
            <Tr>
              <Th>
                <Typography variant="sigma">Cổng thông tin</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">Trạng thái</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">Dựng thành công gần nhất</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">Lỗi gần nhất</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">Thao tác</Typography>
              </Th>
            </Tr>
          </Thead>
          <Tbody>
            {portals.map((p) => (
              <Tr key={p.code} data-qn-portal={p.code}>
                <Td>
                  <Typography fontWeight="bold">{p.name}</Typography>
                  <Typography variant="pi" tag="div">
                    <a href={p.url} target="_blank" rel="noreferrer">
                      {p.url}
                    </a>
                  </Typography>
                </Td>
                <Td>{p.lastError ? <Badge>Lỗi</Badge> : p.pending || asked.has(p.code) ? <Badge>Đang chờ dựng</Badge> : <Badge>Bình thường</Badge>}</Td>
                <Td>
                  <Typography>{at(p.lastSuccessAt)}</Typography>
                  {p.lastBy && (
                    <Typography variant="pi" tag="div">
                      {p.lastBy}
                    </Typography>
                  )}
                </Td>
                <Td>
                  {p.lastError ? (
                    <Typography textColor="danger600" title={p.lastError}>
                      {at(p.lastErrorAt)}: {p.lastError.slice(0, 160)}
                    </Typography>
                  ) : (
                    '—'
                  )}
                </Td>
                <Td>
                  <Button variant="secondary" size="S" onClick={() => void rebuild(p)}>
                    Dựng lại
                  </Button>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      </Box>
    </Main>
  );
}
