export { RoutingLog } from './routing-log';
export type { LogQuery } from './routing-log';
export { computeStats } from './stats';
