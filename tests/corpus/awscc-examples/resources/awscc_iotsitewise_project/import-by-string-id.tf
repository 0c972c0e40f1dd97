import {
  to = awscc_iotsitewise_project.example
  id = "project_id"
}