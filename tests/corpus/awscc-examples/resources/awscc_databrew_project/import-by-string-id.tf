import {
  to = awscc_databrew_project.example
  id = "name"
}