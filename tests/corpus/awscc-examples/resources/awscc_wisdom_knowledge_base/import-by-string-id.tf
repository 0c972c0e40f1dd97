import {
  to = awscc_wisdom_knowledge_base.example
  id = "knowledge_base_id"
}