import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { useServerEvent } from '../../../shared/realtime/use-server-event';
import { useSession } from '../../account/hooks/use-session';
import { NOTIFICATIONS_PAGE_SIZE, fetchNotifications, notificationKeys, postNotificationsRead } from '../api/notifications-api';

export const useNotifications = (page: number) => {
  const client = useApiClient();
  return useQuery({
    queryKey: notificationKeys.page(page),
    queryFn: ({ signal }) => fetchNotifications(client, page, NOTIFICATIONS_PAGE_SIZE, signal),
  });
};

/** The unread count for the header badge; asks for one item only, the count comes with every page. */
export const useUnreadCount = () => {
  const client = useApiClient();
  const signedIn = Boolean(useSession().data);
  return useQuery({
    queryKey: notificationKeys.unread(),
    queryFn: async ({ signal }) => (await fetchNotifications(client, 1, 1, signal)).unread,
    enabled: signedIn,
    retry: false,
  });
};

/**
 * The socket joined `user:<id>` with the session cookie; a `notification` event means the list
 * and the badge are out of date. Mounted once, in the header, while someone is signed in.
 */
export const useLiveNotifications = () => {
  const queryClient = useQueryClient();
  useServerEvent('notification', () => {
    void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
  });
};

export const useMarkNotificationsRead = () => {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: readonly string[]) => postNotificationsRead(client, ids),
    onSuccess: ({ unread }) => {
      queryClient.setQueryData(notificationKeys.unread(), unread);
      void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    },
  });
};
