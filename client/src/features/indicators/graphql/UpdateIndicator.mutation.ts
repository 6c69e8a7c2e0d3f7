import { graphql } from '@/__generated__';

export const UpdateIndicatorMutation = graphql(`
  mutation UpdateIndicator($input: UpdateIndicatorInput!) {
    updateIndicator(input: $input) {
      id
      ...EditIndicatorForm_indicator
    }
  }
`);
