import {
  to = awscc_rekognition_project.example
  identity = {
    project_name = "project_name"
  }
}
