import { ProposalFollowOrmEntity } from '../notifications/proposal-follow.orm-entity';
import { ActionPlanOrmEntity } from '../action-plans/action-plan.orm-entity';
import { AreaOrmEntity } from '../action-plans/area.orm-entity';
import { SessionOrmEntity } from '../accounts/session.orm-entity';
import { UserRoleOrmEntity } from '../accounts/user-role.orm-entity';
import { UserOrmEntity } from '../accounts/user.orm-entity';
import { VerificationCodeOrmEntity } from '../accounts/verification-code.orm-entity';
import { AuditLogOrmEntity } from '../common/audit/audit-log.orm-entity';
import { DevOutboxMessageOrmEntity } from '../common/messaging/dev-outbox-message.orm-entity';
import { OutboxOrmEntity } from '../common/persistence/outbox.orm-entity';
import { CommentReportOrmEntity } from '../comments/comment-report.orm-entity';
import { CommentOrmEntity } from '../comments/comment.orm-entity';
import { OverdueFlagOrmEntity } from '../deadlines/overdue-flag.orm-entity';
import { AgencyOrmEntity } from '../agencies/agency.orm-entity';
import { AgencyResponseOrmEntity } from '../agencies/agency-response.orm-entity';
import { AgencyResponseExtensionOrmEntity } from '../agencies/agency-response-extension.orm-entity';
import { CosignOrmEntity } from '../proposals/cosign.orm-entity';
import { ParticipationCycleOrmEntity } from '../proposals/participation-cycle.orm-entity';
import { ProposalOrmEntity } from '../proposals/proposal.orm-entity';
import { NotificationOrmEntity } from '../notifications/notification.orm-entity';
import { AgencyResponseRequestOrmEntity } from '../routing/agency-response-request.orm-entity';
import { TaskforceReviewItemOrmEntity } from '../routing/taskforce-review-item.orm-entity';
import { CommitmentOrmEntity } from '../commitments/commitment.orm-entity';
import { CommitmentMilestoneOrmEntity } from '../commitments/commitment-milestone.orm-entity';
import { CommitmentProgressUpdateOrmEntity } from '../commitments/commitment-progress-update.orm-entity';
import { TaskforceDecisionOrmEntity } from '../taskforce/taskforce-decision.orm-entity';
import { TaskforceMeetingOrmEntity } from '../taskforce/taskforce-meeting.orm-entity';
import { MeetingAgendaItemOrmEntity } from '../taskforce/meeting-agenda-item.orm-entity';
import { TaskforceSeatOrmEntity } from '../taskforce/taskforce-seat.orm-entity';
import { CosignCounterShardOrmEntity } from '../cosigns/cosign-counter-shard.orm-entity';
import { CosignInvalidationOrmEntity } from '../cosign-fraud/cosign-invalidation.orm-entity';
import { CosignAlertOrmEntity } from '../cosign-fraud/cosign-alert.orm-entity';

/** Registered as classes, not globs: a compiled bundle cannot load entities from path patterns. */
export const ORM_ENTITIES = [
  ActionPlanOrmEntity,
  AreaOrmEntity,
  UserOrmEntity,
  UserRoleOrmEntity,
  SessionOrmEntity,
  VerificationCodeOrmEntity,
  DevOutboxMessageOrmEntity,
  AuditLogOrmEntity,
  ParticipationCycleOrmEntity,
  ProposalOrmEntity,
  CosignOrmEntity,
  CommentOrmEntity,
  CommentReportOrmEntity,
  OutboxOrmEntity,
  TaskforceReviewItemOrmEntity,
  AgencyResponseRequestOrmEntity,
  NotificationOrmEntity,
  OverdueFlagOrmEntity,
  AgencyOrmEntity,
  AgencyResponseOrmEntity,
  AgencyResponseExtensionOrmEntity,
  CommitmentOrmEntity,
  CommitmentMilestoneOrmEntity,
  CommitmentProgressUpdateOrmEntity,
  TaskforceDecisionOrmEntity,
  TaskforceMeetingOrmEntity,
  MeetingAgendaItemOrmEntity,
  ProposalFollowOrmEntity,
  TaskforceSeatOrmEntity,
  CosignCounterShardOrmEntity,
  CosignInvalidationOrmEntity,
  CosignAlertOrmEntity,
];
