import {
  to = awscc_bedrockmantle_project.example
  id = "arn"
}