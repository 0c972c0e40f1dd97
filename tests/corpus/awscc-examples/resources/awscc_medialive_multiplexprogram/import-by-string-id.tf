import {
  to = awscc_medialive_multiplexprogram.example
  id = "program_name|multiplex_id"
}