import {
  to = awscc_sagemaker_project.example
  identity = {
    project_arn = "project_arn"
  }
}
