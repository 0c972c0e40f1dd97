import {
  to = awscc_medialive_cloudwatch_alarm_template.example
  id = "identifier"
}