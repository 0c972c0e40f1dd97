import {
  to = awscc_rekognition_project.example
  id = "project_name"
}