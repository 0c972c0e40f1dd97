import {
  to = awscc_iotsitewise_project.example
  identity = {
    project_id = "project_id"
  }
}
