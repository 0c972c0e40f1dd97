import {
  to = awscc_lookoutvision_project.example
  id = "project_name"
}