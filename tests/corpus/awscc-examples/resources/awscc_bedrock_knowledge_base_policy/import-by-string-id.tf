import {
  to = awscc_bedrock_knowledge_base_policy.example
  id = "knowledge_base_id"
}