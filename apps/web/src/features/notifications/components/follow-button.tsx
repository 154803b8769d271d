import { useTranslation } from 'react-i18next';
import { useSession } from '../../account/hooks/use-session';
import { useFollowing, useSetFollowing } from '../hooks/use-follow';

/** Follow or unfollow a proposal's news; only a signed-in person sees it. */
export const FollowButton = ({ proposalId }: { readonly proposalId: string }) => {
  const signedIn = Boolean(useSession().data);
  if (!signedIn) return null;
  return <SignedInFollowButton proposalId={proposalId} />;
};

const SignedInFollowButton = ({ proposalId }: { readonly proposalId: string }) => {
  const { t } = useTranslation();
  const following = useFollowing(proposalId, true);
  const setFollowing = useSetFollowing(proposalId);
  if (following.isPending || following.isError) return null;
  const now = following.data;
  return (
    <span className="follow">
      <button
        type="button"
        className="button button--secondary"
        aria-pressed={now}
        disabled={setFollowing.isPending}
        onClick={() => setFollowing.mutate(!now)}
      >
        {now && <span aria-hidden="true">✓ </span>}
        {t('notifications.follow.label')}
      </button>
      {setFollowing.isError && (
        <span className="field-hint field-hint--error" role="alert">
          {t('notifications.follow.failed')}
        </span>
      )}
    </span>
  );
};
