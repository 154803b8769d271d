import { Module } from '@nestjs/common';
import { ActionPlansController } from './action-plans.controller';
import { ActionPlansRepository } from './action-plans.repository';

@Module({ controllers: [ActionPlansController], providers: [ActionPlansRepository], exports: [ActionPlansRepository] })
export class ActionPlansModule {}
