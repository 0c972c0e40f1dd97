import {
  to = awscc_glue_trigger.example
  identity = {
    name = "name"
  }
}
