import { graphql } from '@/__generated__';

export const IndicatorDetailQuery = graphql(`
  query IndicatorDetail($id: ID!) {
    indicator(id: $id) {
      id
      name
      definition
      dataSource
      caveat
      unit
      direction
      baselineLabel
      baselineValue
      baselineText
      targetValue
      targetText
      targetDate
      tolerancePercent
      frequency
      published
      exampleData
      version
      priorities {
        id
        number
        title
        plan {
          id
          slug
          title
        }
      }
      latest {
        id
        periodLabel
        periodStart
        valueText
      }
      changeFromBaseline {
        absolute
        percent
        absoluteText
        percentText
      }
      status
      trend
      definitionChanges {
        id
        changedOn
        previousDefinition
        newDefinition
      }
      measurements {
        id
        periodStart
        periodLabel
        value
        valueText
      }
      ...MeasurementsTable_indicator
    }
  }
`);
