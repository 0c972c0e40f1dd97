import {
  to = awscc_bedrockmantle_project.example
  identity = {
    arn = "arn"
  }
}
