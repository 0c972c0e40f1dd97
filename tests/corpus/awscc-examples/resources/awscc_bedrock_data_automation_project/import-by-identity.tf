import {
  to = awscc_bedrock_data_automation_project.example
  identity = {
    project_arn = "project_arn"
  }
}
