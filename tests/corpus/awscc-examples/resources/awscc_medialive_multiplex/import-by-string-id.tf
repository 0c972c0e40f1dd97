import {
  to = awscc_medialive_multiplex.example
  id = "id"
}