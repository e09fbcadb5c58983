import { Button } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useParams } from 'react-router-dom';

const AUDIT = 'api::audit-entry.audit-entry';

/**
 * "Tải nhật ký (CSV)" above the audit log's list, for province administrators
 * (the only ones who see that list; the server checks again).
 */
export function AuditExport() {
  const { slug } = useParams<{ slug: string }>();
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = useState(false);
  if (slug !== AUDIT) return null;
  const download = async () => {
    setBusy(true);
    try {
      const { data } = await get<Blob>('/qn-admin/audit.csv', { responseType: 'blob' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(data);
      link.download = `nhat-ky-${new Date().toISOString().slice(0, 10)}.csv`;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (error) {
      toggleNotification({ type: 'danger', message: `Không tải được nhật ký: ${(error as Error).message}` });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="secondary" loading={busy} onClick={download}>
      Tải nhật ký (CSV)
    </Button>
  );
}
