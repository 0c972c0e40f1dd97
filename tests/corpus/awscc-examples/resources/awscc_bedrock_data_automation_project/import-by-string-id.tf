import {
  to = awscc_bedrock_data_automation_project.example
  id = "project_arn"
}