import { ApiProperty } from '@nestjs/swagger';
import { COLUMN_TYPES, type ColumnType } from './dataset-definition';

// Swagger mirrors of OpenDataCatalogue (open-data-catalog.ts), which the controller returns.

class LocalizedTextResponse {
  @ApiProperty({ name: 'zh-TW' }) 'zh-TW'!: string;
  @ApiProperty() en!: string;
}

class LicenceResponse {
  @ApiProperty({ type: LocalizedTextResponse, example: { 'zh-TW': '政府資料開放授權條款－第1版', en: 'Open Government Data License, version 1.0' } })
  name!: LocalizedTextResponse;
  @ApiProperty({ example: 'https://data.gov.tw/license' }) url!: string;
}

class DatasetFormatsResponse {
  @ApiProperty({ example: '/api/v1/open-data/proposals.csv' }) csv!: string;
  @ApiProperty({ example: '/api/v1/open-data/proposals.json' }) json!: string;
}

class DatasetColumnResponse {
  @ApiProperty({ example: 'cosign_count', description: 'The CSV header cell and the JSON item key' }) name!: string;
  @ApiProperty({ enum: COLUMN_TYPES, description: 'date = YYYY-MM-DD, month = YYYY-MM, datetime = ISO 8601 UTC; lists are JSON arrays in CSV cells' })
  type!: ColumnType;
  @ApiProperty({ type: LocalizedTextResponse }) description!: LocalizedTextResponse;
}

class DatasetResponse {
  @ApiProperty({ example: 'proposals' }) id!: string;
  @ApiProperty({ type: LocalizedTextResponse }) title!: LocalizedTextResponse;
  @ApiProperty({ type: LocalizedTextResponse }) description!: LocalizedTextResponse;
  @ApiProperty({ type: DatasetFormatsResponse }) formats!: DatasetFormatsResponse;
  @ApiProperty({ type: [DatasetColumnResponse] }) columns!: DatasetColumnResponse[];
}

export class OpenDataCatalogueResponse {
  @ApiProperty({ example: '1' }) version!: string;
  @ApiProperty({ type: LicenceResponse }) licence!: LicenceResponse;
  @ApiProperty({ type: [DatasetResponse] }) datasets!: DatasetResponse[];
}
