import {
  to = awscc_sagemaker_project.example
  id = "project_arn"
}