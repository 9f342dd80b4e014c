// Every resolver, grouped by type in the modules of this folder.
import { customerResolvers } from './customer';
import { entityResolvers } from './entity';
import { enumResolvers } from './enums';
import { findingResolvers } from './finding';
import { geographyResolvers } from './geography';
import { mutationResolvers } from './mutation';
import { networkResolvers } from './network';
import { organizationResolvers } from './organization';
import { overviewResolvers } from './overview';
import { partnerResolvers } from './partner';
import { providerTreeResolvers } from './provider-tree';
import { queryResolvers } from './query';
import { relationshipResolvers } from './relationships';
import { ruleResolvers } from './rule';
import { scalarResolvers } from './scalars';
import { scanRunResolvers } from './scan-run';
import { securityResolvers } from './security';
import { subscriptionResolvers } from './subscription';
import { tenantResolvers } from './tenant';

export const resolvers = [
  scalarResolvers,
  enumResolvers,
  entityResolvers,
  organizationResolvers,
  partnerResolvers,
  tenantResolvers,
  customerResolvers,
  subscriptionResolvers,
  geographyResolvers,
  relationshipResolvers,
  providerTreeResolvers,
  networkResolvers,
  overviewResolvers,
  findingResolvers,
  ruleResolvers,
  scanRunResolvers,
  securityResolvers,
  queryResolvers,
  mutationResolvers,
];
