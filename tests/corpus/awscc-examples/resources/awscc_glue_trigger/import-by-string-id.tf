import {
  to = awscc_glue_trigger.example
  id = "name"
}