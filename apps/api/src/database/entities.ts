import { ActionPlanOrmEntity } from '../action-plans/action-plan.orm-entity';
import { AreaOrmEntity } from '../action-plans/area.orm-entity';

/** Registered as classes, not globs: a compiled bundle cannot load entities from path patterns. */
export const ORM_ENTITIES = [ActionPlanOrmEntity, AreaOrmEntity];
