import {
  to = awscc_medialive_cloudwatch_alarm_template_group.example
  id = "identifier"
}