import { Flex, Link, Typography } from '@strapi/design-system';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';

interface Live {
  url: string | null;
  published: boolean;
  live: boolean;
}

/**
 * "Trên cổng thông tin" beside the edit form: once a record is published,
 * the address of its public page, and whether the site already shows the
 * version just published ("Đang cập nhật trang…" until its portal is rebuilt;
 * checked every few seconds meanwhile).
 */
export const LivePanel: PanelComponent = ({ model, documentId }) => {
  const { get } = useFetchClient();
  const [state, setState] = useState<Live | null>(null);
  useEffect(() => {
    setState(null);
    if (!documentId || !model.startsWith('api::')) return;
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () =>
      get<Live>(`/qn-admin/live/${model}/${documentId}`).then(
        (r) => {
          if (!current) return;
          setState(r.data);
          if (r.data.published && r.data.url && !r.data.live) timer = setTimeout(check, 3000);
        },
        () => current && setState(null),
      );
    void check();
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [get, model, documentId]);
  if (!state?.published || !state.url) return null;
  return {
    title: 'Trên cổng thông tin',
    content: (
      <Flex direction="column" alignItems="stretch" gap={2} width="100%">
        <Typography variant="pi" textColor={state.live ? 'success600' : 'warning600'} data-qn-live={state.live ? 'live' : 'pending'}>
          {state.live ? 'Trang đã cập nhật bản vừa xuất bản.' : 'Đang cập nhật trang…'}
        </Typography>
        <Link href={state.url} isExternal>
          {state.url}
        </Link>
      </Flex>
    ),
  };
};
