import { Injectable } from '@nestjs/common';
import type { Actor } from '@open-proposals/domain';
import { NotificationsRepository } from './notifications.repository';
import type { NotificationPageResponse } from './notifications.responses';

/** A person's own notifications and their email preference; nobody else's are reachable from here. */
@Injectable()
export class MyNotificationsService {
  constructor(private readonly notifications: NotificationsRepository) {}

  async page(userId: string, page: number, pageSize: number): Promise<NotificationPageResponse> {
    const { rows, total, unread } = await this.notifications.page(userId, page, pageSize);
    const items = rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), readAt: r.readAt?.toISOString() ?? null }));
    return { items, page, pageSize, total, unread };
  }

  markRead(userId: string, ids: readonly string[] | null): Promise<number> {
    return this.notifications.markRead(userId, ids);
  }

  emailEnabled(userId: string): Promise<boolean> {
    return this.notifications.emailNotifications(userId);
  }

  async setEmail(actor: Actor, enabled: boolean): Promise<boolean> {
    await this.notifications.setEmailNotifications(actor.id, enabled);
    return enabled;
  }
}
