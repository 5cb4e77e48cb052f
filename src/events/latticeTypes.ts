/**
 * VPC Lattice request events, named as AWS names the fields (lambda-functions.html). `@types/aws-lambda`
 * has none, so these are our own. V1 is the API default; V2 is what the console picks (rule L-1).
 */

/** `LambdaEventStructureVersion = V1`: snake_case keys, joined header values, the last query value (L-2, L-3). */
export interface VpcLatticeEventV1 {
  raw_path: string;
  method: string;
  headers: Record<string, string>;
  query_string_parameters: Record<string, string>;
  body: string;
  is_base64_encoded: boolean;
}

/** Present only for the auth a request passed: `sourceVpcArn` alone under auth type NONE (L-9). */
export interface VpcLatticeIdentity {
  sourceVpcArn?: string;
  type?: string;
  principal?: string;
  principalOrgID?: string;
  sessionName?: string;
  x509IssuerOu?: string;
  x509SanDns?: string;
  x509SanNameCn?: string;
  x509SanUri?: string;
  x509SubjectCn?: string;
}

export interface VpcLatticeRequestContextV2 {
  serviceNetworkArn: string;
  serviceArn: string;
  targetGroupArn: string;
  identity: VpcLatticeIdentity;
  region: string;
  /** Microseconds since the epoch, as a string of 16 digits (L-8). */
  timeEpoch: string;
}

/** `LambdaEventStructureVersion = V2`: camelCase keys, array values, the query kept in `path` (L-4, L-5, L-6). */
export interface VpcLatticeEventV2 {
  version: '2.0';
  path: string;
  method: string;
  headers: Record<string, string[]>;
  queryStringParameters?: Record<string, string[]>;
  body?: string;
  isBase64Encoded?: boolean;
  requestContext: VpcLatticeRequestContextV2;
}

/** The documented response, the same for V1 and V2 (L-R1). */
export interface VpcLatticeResult {
  statusCode: number;
  headers?: Record<string, string>;
  body?: string;
  isBase64Encoded?: boolean;
}
