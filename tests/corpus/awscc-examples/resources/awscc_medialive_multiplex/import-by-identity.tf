import {
  to = awscc_medialive_multiplex.example
  identity = {
    id = "id"
  }
}
