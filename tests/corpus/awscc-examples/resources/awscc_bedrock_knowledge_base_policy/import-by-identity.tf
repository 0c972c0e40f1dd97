import {
  to = awscc_bedrock_knowledge_base_policy.example
  identity = {
    knowledge_base_id = "knowledge_base_id"
  }
}
