import {
  to = awscc_lookoutvision_project.example
  identity = {
    project_name = "project_name"
  }
}
