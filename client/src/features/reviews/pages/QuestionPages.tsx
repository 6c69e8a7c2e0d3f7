import { useState } from 'react';
import { useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import type { QuestionFormQuery as QuestionFormData } from '@/__generated__/graphql';
import { FormPage } from '@/components/FormPage';
import { NotFound } from '@/components/QueryError';
import { QueryResult } from '@/components/QueryResult';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { QuestionFormFields } from '@/features/reviews/components/QuestionFormFields';
import { CreatePublicQuestionMutation } from '@/features/reviews/graphql/CreatePublicQuestion.mutation';
import { QuestionFormQuery } from '@/features/reviews/graphql/QuestionForm.query';
import { UpdatePublicQuestionMutation } from '@/features/reviews/graphql/UpdatePublicQuestion.mutation';
import {
  newQuestion,
  QUESTION_FIELDS,
  questionSchema,
  questionValues,
  toCreateQuestionInput,
  toUpdateQuestionInput,
  type QuestionFormOutput,
  type QuestionFormValues,
} from '@/features/reviews/utils/questionForm';
import type { ReviewSavedState } from '@/features/reviews/utils/savedState';
import { useFormPage } from '@/hooks/useFormPage';
import { PersonalDataConfirm } from '@/components/PersonalDataConfirm';
import { personalDataFindings, type PersonalDataFinding } from '@/utils/personalData';
import type { Resolver } from 'react-hook-form';

type Cycle = QuestionFormData['reviewCycle'];
type Question = Cycle['questions'][number];

const resolver = zodResolver(questionSchema) as unknown as Resolver<
  QuestionFormValues,
  unknown,
  QuestionFormOutput
>;

export function NewQuestionForm({ cycle }: { cycle: Cycle }) {
  const [create, { loading }] = useMutation(CreatePublicQuestionMutation);
  const cycleHref = `/reviews/${cycle.id}`;
  const { register, errors, submission } = useFormPage<QuestionFormValues, QuestionFormOutput>({
    resolver,
    defaultValues: newQuestion(),
    fields: QUESTION_FIELDS,
    save: async (values) => {
      await create({ variables: { input: toCreateQuestionInput(cycle.id, values) } });
      const state: ReviewSavedState = { saved: 'questionAdded' };
      return { to: cycleHref, state };
    },
  });
  return (
    <FormPage
      submission={submission}
      title={`Add a resident’s question: ${cycle.quarter} review`}
      backLink={{ to: cycleHref, text: `Back to the ${cycle.quarter} review` }}
      caption={`${cycle.quarter} review`}
      heading="Add a resident’s question"
      intro={
        <p className="govuk-body">
          Once the question has an answer, you can publish it from its ‘Change’ page.
        </p>
      }
      submitText="Add question"
      saving={loading}
    >
      <QuestionFormFields
        register={register}
        errors={errors}
        priorities={cycle.plan.priorities}
        canPublish={false}
      />
    </FormPage>
  );
}

export function EditQuestionForm({ cycle, question }: { cycle: Cycle; question: Question }) {
  const [update, { loading }] = useMutation(UpdatePublicQuestionMutation);
  // The privacy guardrail's findings from the last save, and the writer's confirmation.
  const [personalData, setPersonalData] = useState<PersonalDataFinding[]>([]);
  const [confirmed, setConfirmed] = useState(false);
  const cycleHref = `/reviews/${cycle.id}`;
  const { register, errors, submission } = useFormPage<QuestionFormValues, QuestionFormOutput>({
    resolver,
    defaultValues: questionValues(question),
    fields: QUESTION_FIELDS,
    save: async (values) => {
      const input = toUpdateQuestionInput(question.id, question.version, values);
      await update({
        variables: { input: confirmed ? { ...input, confirmPersonalData: true } : input },
      }).catch((error: unknown) => {
        setPersonalData(personalDataFindings(error));
        throw error;
      });
      const state: ReviewSavedState = { saved: 'questionUpdated' };
      return { to: cycleHref, state };
    },
  });
  return (
    <FormPage
      submission={submission}
      title={`Change a resident’s question: ${cycle.quarter} review`}
      backLink={{ to: cycleHref, text: `Back to the ${cycle.quarter} review` }}
      caption={`${cycle.quarter} review`}
      heading="Change a resident’s question"
      submitText="Save question"
      saving={loading}
    >
      <QuestionFormFields register={register} errors={errors} priorities={cycle.plan.priorities} canPublish />
      <PersonalDataConfirm
        findings={personalData}
        fieldLabels={{ question: 'Question', answer: 'Answer' }}
        inputProps={{ checked: confirmed, onChange: (e) => setConfirmed(e.target.checked) }}
      />
    </FormPage>
  );
}

function QuestionLoader({ edit }: { edit: boolean }) {
  const { id = '', questionId = '' } = useParams();
  const result = useQuery(QuestionFormQuery, { variables: { id }, fetchPolicy: 'network-only' });
  return (
    <QueryResult result={result}>
      {({ reviewCycle }) => {
        if (!edit) return <NewQuestionForm cycle={reviewCycle} />;
        const question = reviewCycle.questions.find((q) => q.id === questionId);
        return question ? (
          <EditQuestionForm key={question.id} cycle={reviewCycle} question={question} />
        ) : (
          <NotFound />
        );
      }}
    </QueryResult>
  );
}

export function NewQuestionPage() {
  return (
    <RequireSignIn adminTask="record residents’ questions">
      <QuestionLoader edit={false} />
    </RequireSignIn>
  );
}

export function EditQuestionPage() {
  return (
    <RequireSignIn adminTask="change residents’ questions">
      <QuestionLoader edit />
    </RequireSignIn>
  );
}
