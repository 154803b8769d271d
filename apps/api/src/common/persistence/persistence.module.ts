import { Global, Module } from '@nestjs/common';
import { WriteTransactions } from './write-transaction';

@Global()
@Module({ providers: [WriteTransactions], exports: [WriteTransactions] })
export class PersistenceModule {}
