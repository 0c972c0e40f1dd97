import {
  to = awscc_bedrock_data_source.example
  id = "knowledge_base_id|data_source_id"
}