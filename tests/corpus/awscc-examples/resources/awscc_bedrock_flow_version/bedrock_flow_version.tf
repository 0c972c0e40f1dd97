resource "awscc_bedrock_flow_version" "example" {
  flow_arn    = "arn:aws:bedrock:us-east-1:123456789012:flow/ASERNAQ7HX"
  description = "example"
}
