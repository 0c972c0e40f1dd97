import {
  to = awscc_medialive_multiplexprogram.example
  identity = {
    program_name = "program_name"
    multiplex_id = "multiplex_id"
  }
}
