import {
  to = awscc_databrew_project.example
  identity = {
    name = "name"
  }
}
