import {
  to = awscc_bedrock_knowledge_base.example
  id = "knowledge_base_id"
}