import { Box, Main, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { messageOf } from './error-message';

/** As GET /qn-admin/feedback answers (cms/src/feedback-summary.ts). */
interface Summary {
  portals: Array<{ portal: string; name: string; yes: number; no: number }>;
  pages: Array<{ portal: string; path: string; yes: number; no: number; comments: string[] }>;
}

const share = (yes: number, no: number) => (yes + no === 0 ? '–' : `${Math.round((100 * yes) / (yes + no))} %`);

/**
 * "Ý kiến bạn đọc": how readers answered "Thông tin này có hữu ích không?"
 * on the pages of the user's portals, per portal and per page, the pages
 * with the most "Không" first, with their latest comments.
 */
export default function FeedbackSummary() {
  const { get } = useFetchClient();
  const [summary, setSummary] = useState<Summary | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    get<Summary>('/qn-admin/feedback').then(
      (r) => setSummary(r.data),
      (e: unknown) => setError(messageOf(e)),
    );
  }, [get]);
  const heading = (text: string) => (
    <Th>
      <Typography variant="sigma">{text}</Typography>
    </Th>
  );
  return (
    <Main>
      <Box padding={8}>
        <Typography variant="alpha" tag="h1">
          Ý kiến bạn đọc
        </Typography>
        <Box paddingTop={2} paddingBottom={4}>
          <Typography textColor="neutral600">Trả lời của bạn đọc cho câu hỏi “Thông tin này có hữu ích không?” trên các trang của cổng bạn phụ trách.</Typography>
        </Box>
        {error && <Typography textColor="danger600">{error}</Typography>}
        {!summary && !error && <Typography>Đang tải…</Typography>}
        {summary && summary.portals.length === 0 && <Typography data-qn-feedback-empty>Chưa có ý kiến nào.</Typography>}
        {summary && summary.portals.length > 0 && (
          <>
            <Table colCount={4} rowCount={summary.portals.length + 1}>
              <Thead>
                <Tr>
                  {heading('Cổng thông tin')}
                  {heading('Có')}
                  {heading('Không')}
                  {heading('Hữu ích')}
                </Tr>
              </Thead>
              <Tbody>
                {summary.portals.map((p) => (
                  <Tr key={p.portal} data-qn-feedback-portal={p.portal}>
                    <Td><Typography>{p.name}</Typography></Td>
                    <Td><Typography>{p.yes}</Typography></Td>
                    <Td><Typography>{p.no}</Typography></Td>
                    <Td><Typography>{share(p.yes, p.no)}</Typography></Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
            <Box paddingTop={6} paddingBottom={2}>
              <Typography variant="beta" tag="h2">
                Theo trang
              </Typography>
            </Box>
            <Table colCount={5} rowCount={summary.pages.length + 1}>
              <Thead>
                <Tr>
                  {heading('Trang')}
                  {heading('Có')}
                  {heading('Không')}
                  {heading('Hữu ích')}
                  {heading('Góp ý gần đây')}
                </Tr>
              </Thead>
              <Tbody>
                {summary.pages.map((p) => (
                  <Tr key={`${p.portal} ${p.path}`} data-qn-feedback-page={p.path}>
                    <Td><Typography>{summary.portals.length > 1 ? `${p.portal} ${p.path}` : p.path}</Typography></Td>
                    <Td><Typography>{p.yes}</Typography></Td>
                    <Td><Typography>{p.no}</Typography></Td>
                    <Td><Typography>{share(p.yes, p.no)}</Typography></Td>
                    <Td><Typography>{p.comments.join(' · ')}</Typography></Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          </>
        )}
      </Box>
    </Main>
  );
}
