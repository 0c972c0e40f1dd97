import {
  to = awscc_wisdom_knowledge_base.example
  identity = {
    knowledge_base_id = "knowledge_base_id"
  }
}
